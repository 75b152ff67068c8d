// submitClaim relies on this constraint so that two concurrent submissions of one claim cannot both succeed.
CREATE CONSTRAINT claim_triple_key IF NOT EXISTS FOR (c:Claim) REQUIRE c.tripleKey IS UNIQUE;
