"""Home-care visit verification: the roster, the carers' phone check-ins and the weekly exceptions report."""
