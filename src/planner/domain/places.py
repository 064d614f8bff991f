"""Links that open a location in a map."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from planner.domain.model import Location


def map_url(location: Location) -> str:
    """OpenStreetMap at the coordinates when known, else a search for the address.

    OpenStreetMap needs no account or API key and opens on any phone or desktop browser.
    """
    if location.latitude is not None and location.longitude is not None:
        lat, lon = f"{location.latitude:.6f}", f"{location.longitude:.6f}"
        return f"https://www.openstreetmap.org/?{urlencode({'mlat': lat, 'mlon': lon})}#map=18/{lat}/{lon}"
    query = location.address or location.name
    return f"https://www.openstreetmap.org/search?query={quote(query, safe='')}"
