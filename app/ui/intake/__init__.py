"""The pages of the household intake wizard (app/ui/intake_wizard.py puts them together)."""
