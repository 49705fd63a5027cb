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
"%JAVA%" %CSWO_JAVA_OPTS% --module-path "%APP_HOME%\lib\javafx" --add-modules javafx.controls ^
    --enable-native-access=javafx.graphics,ALL-UNNAMED ^
    -cp "%APP_HOME%\lib\*" scot.cswo.assurance.app.Main %*
exit /b %ERRORLEVEL%
