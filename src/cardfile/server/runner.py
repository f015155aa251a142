"""Running the sync server: open its store, warn about plain HTTP beyond this machine, serve with uvicorn."""

from __future__ import annotations

import ipaddress
import logging
import sys
from typing import TextIO

from cardfile import crashlog
from cardfile.server.storage import ServerStore, describe


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def plain_http_warning(host: str, certfile: str | None) -> str | None:
    if certfile or is_loopback(host):
        return None
    return (
        f"warning: serving on {host} without TLS: passwords and contacts cross the network readable by anyone on "
        "it. Give --certfile and --keyfile, or put the server behind a TLS proxy."
    )


class OneLineLog(logging.StreamHandler[TextIO]):
    """The server's log on standard error, one line per event: a failure's traceback goes to Cardfile's log file
    (crashlog), and the line says where, so an administrator's terminal or journal never fills with tracebacks."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if not record.exc_info or record.exc_info[1] is None:
            return message
        error = record.exc_info[1]
        try:
            where = (
                f"the details are in {crashlog.write_entry(crashlog.details(error, f'`cardfile serve`: {message}'))}"
            )
        except OSError as log_error:
            where = f"the details could not be written to {crashlog.log_path()} ({log_error.strerror or log_error})"
        return f"{message}: internal error ({crashlog.describe(error)}); {where}"


def log_to(out: TextIO) -> None:
    """Send the server's log (requests, failures) to `out` as one line per event: Cardfile's own from INFO, other
    libraries' from WARNING. (Alembic logs every plugin it sets up and every migration it runs at INFO: noise at
    every start, not news.)"""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, OneLineLog)]:
        root.removeHandler(handler)
    root.addHandler(OneLineLog(out))
    root.setLevel(logging.WARNING)
    logging.getLogger("cardfile").setLevel(logging.INFO)


def serve(
    url: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    certfile: str | None = None,
    keyfile: str | None = None,
    out: TextIO = sys.stderr,
) -> None:
    import uvicorn

    from cardfile.server.app import create_app

    log_to(out)
    warning = plain_http_warning(host, certfile)
    if warning:
        print(warning, file=out, flush=True)
    store = ServerStore.open(url)
    scheme = "https" if certfile else "http"
    print(f"cardfile sync server on {scheme}://{host}:{port}/ storing in {describe(url)}", file=out, flush=True)
    try:
        uvicorn.run(
            create_app(store),
            host=host,
            port=port,
            ssl_certfile=certfile,
            ssl_keyfile=keyfile,
            log_level="warning",
            access_log=False,
        )
    finally:
        store.close()
