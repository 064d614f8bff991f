"""The words Planner writes to people outside the app — press invitations, the calendars,
each volunteer's and spokesperson's schedule e-mail — in English and Spanish, each in the
reader's own language where there is one reader (a journalist's; a person's first we write in,
else the plan's: languages.mail_language), in the plan's where many share it (Plan.language)."""

from __future__ import annotations

from datetime import datetime

from planner.domain.releases import ChangeKind

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "what": "Media availability: {title}",
        "on_duty": "Spokespeople on duty:",
        "press_contact": "Press contact: {contact}",
        "where": "Where: {place}",
        "on_site": "On site: {notes}",
        "map": "Map: {url}",
        "hello": "Hello {name},",
        "footer": "Your calendar updates this event in place when the schedule changes.",
        ChangeKind.ADDED.value: "Invitation",
        ChangeKind.MOVED.value: "Moved",
        ChangeKind.RESTAFFED.value: "Updated",
        ChangeKind.REINSTATED.value: "Back on",
        ChangeKind.CANCELLED.value: "Cancelled",
        ChangeKind.REMOVED.value: "Cancelled",
        "says_added": "You are invited to meet the press spokespeople:",
        "says_moved": "This media availability has moved. The new time and place:",
        "says_re-staffed": "The spokespeople on duty have changed:",
        "says_reinstated": "This media availability is back on:",
        "says_cancelled": "This media availability is cancelled:",
        "says_removed": "This media availability is cancelled:",
    },
    "es": {
        "what": "Disponibilidad para la prensa: {title}",
        "on_duty": "Portavoces de turno:",
        "press_contact": "Contacto de prensa: {contact}",
        "where": "Lugar: {place}",
        "on_site": "En el lugar: {notes}",
        "map": "Mapa: {url}",
        "hello": "Hola, {name}:",
        "footer": "Su calendario actualiza este evento cuando cambia el programa.",
        ChangeKind.ADDED.value: "Invitación",
        ChangeKind.MOVED.value: "Cambio de horario",
        ChangeKind.RESTAFFED.value: "Actualización",
        ChangeKind.REINSTATED.value: "Confirmado de nuevo",
        ChangeKind.CANCELLED.value: "Cancelado",
        ChangeKind.REMOVED.value: "Cancelado",
        "says_added": "Le invitamos a conversar con las y los portavoces:",
        "says_moved": "Esta cita con la prensa cambió de horario o lugar. Nuevos datos:",
        "says_re-staffed": "Cambiaron las y los portavoces de turno:",
        "says_reinstated": "Esta cita con la prensa vuelve a estar confirmada:",
        "says_cancelled": "Esta cita con la prensa queda cancelada:",
        "says_removed": "Esta cita con la prensa queda cancelada:",
    },
}

_DAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}


def words(language: str) -> dict[str, str]:
    return TEXT.get(language, TEXT["en"])


def when(start: datetime, end: datetime, language: str) -> str:
    """'Mon 7 Apr 2025, 08:00–18:00' / 'lun 7 abr 2025, 08:00–18:00' — no locale needed."""
    lang = language if language in _DAYS else "en"
    day = f"{_DAYS[lang][start.weekday()]} {start.day} {_MONTHS[lang][start.month - 1]} {start.year}"
    return f"{day}, {start:%H:%M}–{end:%H:%M}"


# The e-mail each volunteer and spokesperson gets about their own schedule (schedule_notices.py).
SCHEDULE_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "subject_first": "Your schedule: {title}",
        "subject_changed": "Your schedule changed: {title}",
        "hello": "Hello {name},",
        "first": "Here is your own calendar for {title}. Subscribe to it once and every change reaches "
        "your phone by itself:",
        "changed": "Your schedule for {title} changed:",
        "scan": "Or scan the QR code with your phone's camera.",
        "added": "New: {item}",
        "moved": "Changed: {before} → now {item}",
        "removed": "Taken off: {item}",
        "cancelled": "Cancelled: {item}",
        "yours": "Your turns and shifts:",
        "media_turn": "Spokesperson on duty for the press",
        "at": "at {place}",
        "footer": "The attached file has the same events. If you subscribed, you do not need it: your "
        "calendar shows them already, and no event twice.",
    },
    "es": {
        "subject_first": "Su horario: {title}",
        "subject_changed": "Cambió su horario: {title}",
        "hello": "Hola, {name}:",
        "first": "Este es su calendario propio para {title}. Suscríbase una vez y cada cambio llega "
        "solo a su teléfono:",
        "changed": "Cambió su horario para {title}:",
        "scan": "O escanee el código QR con la cámara del teléfono.",
        "added": "Nuevo: {item}",
        "moved": "Cambio: {before} → ahora {item}",
        "removed": "Ya no le toca: {item}",
        "cancelled": "Cancelado: {item}",
        "yours": "Sus turnos:",
        "media_turn": "Portavoz de turno para la prensa",
        "at": "en {place}",
        "footer": "El archivo adjunto tiene los mismos eventos. Si se suscribió, no lo necesita: su "
        "calendario ya los muestra, y ninguno dos veces.",
    },
}


# The words of the calendars (ical/feeds.py): those everyone shares (media, volunteers, roles,
# organizer) in the plan's language (Plan.language); each person's own (their file, or their
# calendar on a server, and the one attached to their schedule e-mail) in theirs
# (mail_language). "where", "on_site", "map" and "press_contact" are the invitations' (TEXT).
FEED_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "media_part": "media availability",
        "media_about": "When and where to meet the spokespeople.",
        "window": "Media availability",
        "to_be_announced": "to be announced",
        "volunteers_part": "volunteer shifts",
        "volunteers_about": "Every volunteer shift.",
        "role_about": "Every {name} shift.",
        "organizer_part": "organizers (private)",
        "organizer_about": "The whole plan, with contacts.",
        "gone": "no longer in the plan",
        "gone_about": "Nothing here any more.",
        "schedule_of": "{name}'s schedule.",
        "turn": "On duty for press",
        "turn_says": "Spokesperson on duty: journalists come to talk to you.",
        "on_duty_now": "On duty: {people}",
        "nobody": "nobody yet",
        "shift": "Volunteer shift",
        "volunteers": "Volunteers ({count} of {needed}): {people}",
        "bring": "Bring / know: {notes}",
        "call": "On the day, call {name}: {phone}",
        "organizers": "the organizers",
        "cancelled_summary": "Cancelled: {summary}",
        "starts_in": "Starts in {minutes} minutes",
    },
    "es": {
        "media_part": "disponibilidad para la prensa",
        "media_about": "Cuándo y dónde hablar con las y los portavoces.",
        "window": "Disponibilidad para la prensa",
        "to_be_announced": "por anunciar",
        "volunteers_part": "turnos de voluntariado",
        "volunteers_about": "Todos los turnos de voluntariado.",
        "role_about": "Todos los turnos de {name}.",
        "organizer_part": "equipo organizador (privado)",
        "organizer_about": "Todo el plan, con los contactos.",
        "gone": "ya no está en el plan",
        "gone_about": "Aquí ya no hay nada.",
        "schedule_of": "Horario de {name}.",
        "turn": "De turno con la prensa",
        "turn_says": "Portavoz de turno: la prensa viene a hablar con usted.",
        "on_duty_now": "De turno: {people}",
        "nobody": "nadie todavía",
        "shift": "Turno de voluntariado",
        "volunteers": "Voluntariado ({count} de {needed}): {people}",
        "bring": "Traer / saber: {notes}",
        "call": "El día de la acción, llame a {name}: {phone}",
        "organizers": "la organización",
        "cancelled_summary": "Cancelado: {summary}",
        "starts_in": "Empieza en {minutes} minutos",
    },
}


def feed_words(language: str) -> dict[str, str]:
    """The words of a calendar in `language` ("en", "es"; else English)."""
    lang = language if language in FEED_TEXT else "en"
    return {**TEXT[lang], **FEED_TEXT[lang]}
