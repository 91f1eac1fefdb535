#!/usr/bin/env bash
# OneWayDoor's GitHub gateway vs org.kohsuke:github-api 1.330 for one review's calls, against a
# local stub of GitHub: requests, allocation and rate-limit behaviour. Run from the repository
# root after `mvn -B package -DskipTests`. Arguments: warm-up reviews, measured reviews.
set -euo pipefail
cd "$(dirname "$0")/github-client"
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
mkdir -p target/classes
cp="../../target/onewaydoor.jar:$(cat target/cp.txt)"
javac -d target/classes -cp "$cp" src/main/java/ClientBench.java
java -Xmx256m -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "target/classes:$cp" ClientBench "$@"
