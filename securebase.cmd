@echo off
rem SecureBase launcher for Windows: builds the CLI's runnable jar with Maven the first time
rem (or when a source or pom changed since the last build), then runs it.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%cli\target\securebase.jar"
set "STALE=1"
if exist "%JAR%" (
  for /f %%s in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; @(Get-ChildItem -Path '%HERE%' -Recurse -File -Include *.java,*.xml,*.xsd,*.tsv,*.properties,*.ttf | Where-Object { ($_.FullName -like '*\src\main\*' -or $_.Name -eq 'pom.xml') -and $_.LastWriteTime -gt $j }).Count"') do set "STALE=%%s"
)
if not "%STALE%"=="0" (
  where mvn >nul 2>nul || (echo securebase: Maven 3.8+ is needed to build the kit ^(mvn not found on PATH^) 1>&2 & exit /b 3)
  echo securebase: building the command line ^(first run or sources changed^)... 1>&2
  pushd "%HERE%"
  call mvn -q -B -DskipTests -pl cli -am package > "%HERE%cli\.build.log" 2>&1
  if errorlevel 1 (popd & echo securebase: the build failed; see %HERE%cli\.build.log 1>&2 & exit /b 3)
  popd
)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %SECUREBASE_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
