# The sitrep launcher as an image: `docker run sitrep enrich --bootstrap kafka:9092`.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app sitrep \
    && mkdir -p /data /out && chown sitrep /data /out
WORKDIR /app
COPY --from=build /src/cli/target/lib/ /app/lib/
COPY --from=build /src/cli/target/sitrep.jar /app/sitrep.jar
COPY seeds/ /app/seeds/
ENV SITREP_HOME=/app
USER sitrep
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC", "-jar", "/app/sitrep.jar"]
CMD ["--help"]
