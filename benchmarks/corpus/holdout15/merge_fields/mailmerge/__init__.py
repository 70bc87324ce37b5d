"""Mail-merge templates for the marketing team's campaigns."""
