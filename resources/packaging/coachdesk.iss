; Inno Setup script for the Windows installer of CoachDesk (Inno Setup 6.3+).
; Build the bundle first (pyinstaller build_installer.spec -> dist\CoachDesk\), then from the
; repository root:
;   iscc /DAppVersion=0.1.0 resources\packaging\coachdesk.iss
; (relative paths are resolved from this file's folder; SourceDir and OutputDir default to ..\..\dist)
; Signing: register a sign tool with /S and name it with /DSignTool, e.g.
;   iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f"
;        /DSignTool=signtool /DAppVersion=0.1.0 resources\packaging\coachdesk.iss
; Inno Setup then signs the setup program and the uninstaller. Sign the executables in
; dist\CoachDesk\ (CoachDesk.exe, coachdesk-cli.exe) before running iscc.
; See docs/packaging.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\CoachDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; A fixed AppId keeps upgrades in place; never change it after the first release.
AppId={{6F3C7F2E-4B8A-4E39-9C1D-2D5B6C0A9E71}
AppName=CoachDesk
AppVersion={#AppVersion}
AppVerName=CoachDesk {#AppVersion}
AppPublisher=CoachDesk
DefaultDirName={autopf}\CoachDesk
DefaultGroupName=CoachDesk
DisableProgramGroupPage=yes
; Per-machine install by IT (deployment tools run it silently: /VERYSILENT /SUPPRESSMSGBOXES /NORESTART);
; a user without admin rights may install for themselves.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=CoachDesk-{#AppVersion}-setup
SetupIconFile=..\icons\app\coachdesk.ico
UninstallDisplayIcon={app}\CoachDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile={#SourceDir}\_internal\NOTICE
ShowLanguageDialog=auto
CloseApplications=yes
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder; the vault and preferences live in the user's profile, never here.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CoachDesk"; Filename: "{app}\CoachDesk.exe"
Name: "{autodesktop}\CoachDesk"; Filename: "{app}\CoachDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CoachDesk.exe"; Description: "{cm:LaunchProgram,CoachDesk}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. The coach's encrypted vault (%LOCALAPPDATA%\CoachDesk) is
; deliberately left in place: deleting it is the coach's decision, inside the app.
