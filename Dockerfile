# Build: the same Maven build as the README's quick start, with the embedded PostgreSQL's
# Alpine (musl) binaries instead of the glibc ones: the run image is Alpine. zonky's Alpine
# build brings its own libxml2, OpenSSL, ICU and zlib, so it needs no apk package.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -Dpostgres.platform=linux-amd64-alpine
COPY src src
COPY docs docs
RUN mvn -B -q package -DskipTests -Dpostgres.platform=linux-amd64-alpine

# Run: a small JRE image, a non-root user, and a health check on /healthz.
FROM eclipse-temurin:17-jre-alpine
RUN addgroup -S app && adduser -S -G app -h /app app && mkdir -p /data && chown app:app /data
WORKDIR /app
COPY --from=build /src/target/onewaydoor.jar /app/onewaydoor.jar
USER app
ENV PORT=3000 DATA_DIR=/data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/healthz" || exit 1
# JVM sizing comes from JAVA_TOOL_OPTIONS (fly.toml sets it for a 512 MB machine: the JVM and,
# for repositories with verify: on, the embedded PostgreSQL, which runs as the same non-root
# user with its data in a private directory under /tmp).
ENTRYPOINT ["java", "-jar", "/app/onewaydoor.jar", "serve"]
