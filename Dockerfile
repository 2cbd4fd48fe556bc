# The Tanggap application image (docker-compose.yml builds it).
FROM maven:3.9-eclipse-temurin-21 AS build
# no usage reports from Node packages (Carbon's @ibm/telemetry-js), should a build step ever run npm
ENV IBM_TELEMETRY_DISABLED=true
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -q -ntp package -DskipTests

FROM eclipse-temurin:21-jre
ENV IBM_TELEMETRY_DISABLED=true
RUN useradd --system --uid 10001 tanggap
USER tanggap
COPY --from=build /src/target/tanggap-*.jar /app/tanggap.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/tanggap.jar"]
