"""Wave planning for the fulfilment centre's warehouse management system."""
