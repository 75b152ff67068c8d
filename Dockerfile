# GlueGraph service image.
#
# Build the jar first, then the image (docker-compose.yml does the second step):
#   ./mvnw -B -DskipTests package        # -> target/gluegraph.jar
#   docker build -t gluegraph .
#
# Why a pre-built jar and not a multi-stage build with the Maven wrapper: the jar that CI tested is the one
# shipped; the build needs no network inside Docker (the dependencies, embedded Neo4j included, are large and
# already cached by the wrapper on the build machine); and the image stays a plain JRE plus one jar.
FROM eclipse-temurin:17-jre

# curl is only for the HEALTHCHECK; installed explicitly so the check does not depend on the base image's extras.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app --shell /usr/sbin/nologin gluegraph

WORKDIR /app
# seed-data/ is packed into the jar (pom.xml resources) and loaded from the classpath at first start, so the
# jar is all the image needs. Without GLUEGRAPH_NEO4J_URI the service keeps an embedded Neo4j in ./data/neo4j,
# so /app stays writable by the service user.
COPY target/gluegraph.jar /app/gluegraph.jar
USER gluegraph

EXPOSE 8080
ENV JAVA_OPTS=""

# Healthy = the GraphQL endpoint answers a real query (no actuator in the service). The first start loads the
# seed data (HGNC, pathways), hence the long start period.
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=5 \
    CMD curl -fsS -X POST http://localhost:8080/graphql \
        -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' \
        --data '{"query":"{ about { version } }"}' | grep -q '"version":"' || exit 1

ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/gluegraph.jar \"$@\"", "--"]
