"""Services the windows call: client search and profiles, drafts, reports. No Qt, no SQL in the UI."""
