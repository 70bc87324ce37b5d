"""Gift Aid repayment claims from the fundraising CRM exports."""
