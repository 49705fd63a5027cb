@echo off
rem CSWO Assurance launcher (Windows). With no arguments it opens the window; with a command
rem (init, matrix, ...) it runs headless and exits. Uses %JAVA_HOME%\bin\java, else java on the PATH.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
    set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
    set "JAVA=java"
)
if defined JAVA_HOME if not exist "%JAVA%" (
    echo cswo-assurance: JAVA_HOME is set to "%JAVA_HOME%" but it holds no bin\java.exe. Point it at a JDK 25. 1>&2
    exit /b 1
)
if defined JAVA_HOME if exist "%JAVA_HOME%\release" (
    findstr /r /c:"^JAVA_VERSION=\"2[5-9]" /c:"^JAVA_VERSION=\"[3-9][0-9]" "%JAVA_HOME%\release" >nul || (
        echo cswo-assurance: Java 25 is needed. Point JAVA_HOME at a JDK 25. 1>&2
        exit /b 1
    )
)
rem A java found on the PATH may have no release file beside it, so ask it its version: the third
rem word of its "version" line, 25 of "25.0.1", 1 of "1.8.0_401". (A goto rather than an if block:
rem cmd reads a whole if line before testing it, so %JAVA_MAJOR% must be set wherever it is read.)
if defined JAVA_HOME goto :javaChecked
set "JAVA_MAJOR=0"
for /f "tokens=3" %%v in ('java -version 2^>^&1 ^| findstr /i /c:"version"') do (
    for /f "delims=.-_+ tokens=1" %%m in ("%%~v") do set "JAVA_MAJOR=%%m"
)
if "%JAVA_MAJOR%"=="0" (
    echo cswo-assurance: Java 25 is needed but no java was found. Set JAVA_HOME to a JDK 25, or install the MSI. 1>&2
    exit /b 1
)
if %JAVA_MAJOR% LSS 25 (
    echo cswo-assurance: Java 25 is needed but the java on the PATH is Java %JAVA_MAJOR%. Set JAVA_HOME to a JDK 25. 1>&2
    exit /b 1
)
:javaChecked
"%JAVA%" %CSWO_JAVA_OPTS% "-Dcswo.launcher=%~f0" --module-path "%APP_HOME%\lib\javafx" --add-modules javafx.controls ^
    --enable-native-access=javafx.graphics,ALL-UNNAMED ^
    -cp "%APP_HOME%\lib\*" scot.cswo.assurance.app.Main %*
exit /b %ERRORLEVEL%
