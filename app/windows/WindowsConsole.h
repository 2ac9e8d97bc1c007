#pragma once

// Windows only: the console for the CLI face. securestore-setup.com (console subsystem) has
// one already; securestore-setup.exe (GUI subsystem) typed with a subcommand attaches to the
// console of the shell that started it so its output is not lost.
namespace windowsconsole {

// Call before the CLI prints anything. Attaches stdout/stderr to the parent console when the
// process has none and they are not redirected, and makes the console show the text the
// program writes (the ANSI code page, which is what toLocal8Bit() produces).
void prepareForCli();

// True when started as the GUI subsystem executable (securestore-setup.exe).
bool isGuiSubsystem();

} // namespace windowsconsole
