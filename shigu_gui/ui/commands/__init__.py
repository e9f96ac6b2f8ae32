"""The commands of the action table, grouped by the menu they are in (file, edit, go, view,
help; the marks' commands are the Marks controller's). Each is typed against ui.context.Context
and loads its dialog or library when first used, so none of this costs start-up time."""
