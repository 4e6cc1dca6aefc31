# Builds the production jar and runs it on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
COPY frontend frontend
RUN ./mvnw -B -ntp -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 levier
WORKDIR /app
COPY --from=build /src/target/levier-*.jar /app/levier.jar
USER levier
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/levier.jar"]
