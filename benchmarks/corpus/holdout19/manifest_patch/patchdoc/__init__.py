"""JSON Patch (RFC 6902) for the deployment platform's manifest overlays."""
