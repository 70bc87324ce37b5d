"""Clean up a mailing list merged from several CRM exports."""


def normalise_email(address: str) -> str:
    """The address as we store it: no surrounding blanks, lower case."""
    return address.strip().lower()


def unique_emails(addresses: list[str]) -> list[str]:
    """Normalised addresses, each once, in order of first appearance; blank entries dropped."""
    seen = []
    for address in addresses:
        email = normalise_email(address)
        if not email:
            continue
        if email not in seen:
            seen.append(email)
    return seen
