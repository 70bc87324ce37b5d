"""wattlens.lsp"""
