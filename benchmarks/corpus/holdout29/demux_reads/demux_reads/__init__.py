"""Index-barcode demultiplexing checks for the genomics core facility."""
