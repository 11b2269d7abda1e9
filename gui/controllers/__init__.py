"""What the window's actions do, between the widgets and the service: operations (dialogs in,
requests out, answers routed), walks, the workspace's start and save, the error presenter, the
status bar and the tree selection."""
