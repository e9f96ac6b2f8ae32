"""The commands of the action table, grouped by the menu they are in (file, edit, go, view,
help; the marks' commands are the Marks controller's). Each is typed against ui.context.Context.
A command imports its dialog, the printer, the parser or the library where it uses them (the rule
for heavy modules in shigu_gui.start_path)."""
