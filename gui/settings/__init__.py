"""What the window remembers: preferences, the saved workspace (sessions and agent profiles)
and where secrets are kept."""
