#!/bin/sh
# Validates docker-compose.yml (syntax, interpolation, build context) without a Docker engine:
#   scripts/check-compose.sh
# Uses `docker-compose` (v1, Debian's package) or else `docker compose` (v2 plugin).
set -eu
cd "$(dirname "$0")/.."
if command -v docker-compose >/dev/null 2>&1; then
    compose="docker-compose"
elif docker compose version >/dev/null 2>&1; then
    compose="docker compose"
else
    echo "check-compose: neither docker-compose nor 'docker compose' is installed" >&2
    exit 2
fi
for f in Dockerfile docker-compose.yml .dockerignore; do
    [ -f "$f" ] || { echo "check-compose: $f is missing" >&2; exit 1; }
done
# quiet check with the defaults, then with the variables set, then list the services
$compose -f docker-compose.yml config -q
NEO4J_PASSWORD=check-compose-pw NEO4J_HEAP=2G GLUEGRAPH_JAVA_OPTS=-Xmx2g $compose -f docker-compose.yml config -q
services=$($compose -f docker-compose.yml config --services | sort | tr "\n" " " | sed "s/ $//")
[ "$services" = "gluegraph neo4j" ] || { echo "check-compose: unexpected services: $services" >&2; exit 1; }
echo "check-compose: docker-compose.yml is valid ($compose; services: $services)"
