"""The sync server's HTTP interface (Starlette, ASGI): health, handshake, sign-in, push, pull and snapshot.

Every answer is JSON. Errors carry a stable `code` and a `message` for the person at the device; nothing a
request sends is trusted until `sync.protocol` has checked it, and a request that fails any check changes nothing.
Each request is logged as one JSON line (method, path, status, time, user, device).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from cardfile import __version__
from cardfile.server.storage import BadRequest, Principal, ServerError, ServerStore, SignInLimited, Unauthorized
from cardfile.sync import protocol
from cardfile.sync.protocol import ProtocolError

request_log = logging.getLogger("cardfile.server.requests")

PROTOCOL_HEADER = "Cardfile-Protocol"


class _TooLarge(ServerError):
    status = 413
    code = "too_large"


def _error(
    status: int, code: str, message: str, reason: str | None = None, params: dict[str, Any] | None = None
) -> JSONResponse:
    """An error answer: the code, the English sentence, and which case it is with what it names (`reason`,
    `params`), for a device to say it in its reader's language."""
    answer: dict[str, Any] = {"error": code, "message": message, "reason": reason or code}
    if params:
        answer["params"] = params
    return JSONResponse(answer, status_code=status)


async def _body(request: Request) -> Any:
    declared = request.headers.get("content-length")
    if declared is not None and (
        not declared.isascii() or not declared.isdigit() or int(declared) > protocol.MAX_REQUEST_BYTES
    ):
        raise _TooLarge(f"a request may carry at most {protocol.MAX_REQUEST_BYTES} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > protocol.MAX_REQUEST_BYTES:
            raise _TooLarge(f"a request may carry at most {protocol.MAX_REQUEST_BYTES} bytes")
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks) or b"null")
    except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than the parser goes
        raise BadRequest("the request body is not JSON") from exc


async def _rendered_in_thread(read: Callable[..., Any], *args: Any) -> Response:
    """Call the store in the thread pool and encode its answer there too, as JSONResponse would: a page of a
    snapshot is megabytes of JSON, and encoding it on the event loop would hold up every other request."""

    def read_and_render() -> bytes:
        return json.dumps(read(*args), ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")

    return Response(await run_in_threadpool(read_and_render), media_type="application/json")


def create_app(store: ServerStore) -> Starlette:
    """The ASGI application over one store. It holds no state of its own: every process serving one database
    answers alike."""

    async def principal(request: Request) -> Principal:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("sign in first: this request carries no device token", "not_signed_in")
        who = await run_in_threadpool(store.authenticate, token.strip())
        request.state.who = who
        return who

    def check_protocol(request: Request) -> None:
        raw = request.headers.get(PROTOCOL_HEADER)
        problem = protocol.check_versions(
            int(raw) if raw and raw.isascii() and raw.isdigit() and len(raw) < 9 else None
        )
        if problem is not None:
            raise _Incompatible(problem)

    async def health(request: Request) -> Response:
        info = await run_in_threadpool(store.info)
        return JSONResponse({"status": "ok", "version": __version__, "protocol": protocol.PROTOCOL_VERSION, **info})

    async def handshake(request: Request) -> Response:
        body = await _body(request)
        if not isinstance(body, dict):
            raise BadRequest("the handshake must be an object")
        problem = protocol.check_versions(body.get("protocol"))
        if problem is not None:
            raise _Incompatible(problem)
        info = await run_in_threadpool(store.info)
        return JSONResponse(
            {
                "protocol": protocol.PROTOCOL_VERSION,
                "min_protocol": protocol.MIN_PROTOCOL_VERSION,
                "server_schema": info["schema"],
                "server_id": info["server_id"],
                "version": __version__,
                # The server's clock: a device takes no pulled write stamped far ahead of it (see `sync.hlc`).
                "now": store.wall(),
            }
        )

    async def sign_in(request: Request) -> Response:
        check_protocol(request)
        body = await _body(request)
        if not isinstance(body, dict):
            raise BadRequest("the sign-in must be an object")
        user, password, device_id = body.get("user"), body.get("password"), body.get("device_id")
        if not (isinstance(user, str) and isinstance(password, str) and isinstance(device_id, str)):
            raise BadRequest("'user', 'password' and 'device_id' are required")
        if not protocol.valid_user_name(user) or len(password) > 1024:
            raise BadRequest(
                "no such user name can exist (letters, digits, '.', '_', '@', '-'), or the password is too long"
            )
        device_name = body.get("device_name") or ""
        if not isinstance(device_name, str) or not device_name.isprintable():
            raise BadRequest("'device_name' must be text without control characters")
        client = request.client.host if request.client else ""
        token = await run_in_threadpool(store.sign_in, user, password, device_id, device_name, client=client)
        who = await run_in_threadpool(store.authenticate, token)
        request.state.who = who
        return JSONResponse({"token": token, "user": user, "admin": who.admin})

    async def sign_out(request: Request) -> Response:
        who = await principal(request)
        await run_in_threadpool(store.revoke_device, who.device_id)
        return JSONResponse({"signed_out": True})

    async def push(request: Request) -> Response:
        check_protocol(request)
        who = await principal(request)
        try:
            message = protocol.push_from_json(await _body(request))
        except ProtocolError as exc:
            raise BadRequest(str(exc)) from exc
        return JSONResponse(await run_in_threadpool(store.push, who, message))

    async def pull(request: Request) -> Response:
        check_protocol(request)
        who = await principal(request)
        after = _int_param(request, "after", 0)
        limit = _int_param(request, "limit", protocol.DEFAULT_PULL_ENTRIES)
        return await _rendered_in_thread(store.pull, who, after, limit)

    async def snapshot(request: Request) -> Response:
        check_protocol(request)
        who = await principal(request)
        after = request.query_params.get("after", "")
        if after and not protocol.valid_record_id(after):
            raise BadRequest("'after' must be a record id, as the previous page's 'next' gave it")
        limit = _int_param(request, "limit", protocol.DEFAULT_PULL_ENTRIES)
        return await _rendered_in_thread(store.snapshot, who, after, limit)

    app = Starlette(
        routes=[
            Route("/v1/health", health, methods=["GET"]),
            Route("/v1/handshake", handshake, methods=["POST"]),
            Route("/v1/devices", sign_in, methods=["POST"]),
            Route("/v1/devices/self", sign_out, methods=["DELETE"]),
            Route("/v1/push", push, methods=["POST"]),
            Route("/v1/pull", pull, methods=["GET"]),
            Route("/v1/snapshot", snapshot, methods=["GET"]),
        ]
    )
    app.add_middleware(_Guard)
    return app


class _Incompatible(ServerError):
    status = 426
    code = "incompatible_protocol"


def _int_param(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:  # isdigit alone takes '²'
        raise BadRequest(f"'{name}' must be a non-negative whole number")
    return int(raw)


class _Guard:
    """Turns errors into JSON answers and logs every request as one JSON line."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def sending(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        state: dict[str, Any] = scope.setdefault("state", {})
        try:
            await self.app(scope, receive, sending)
        except ServerError as exc:
            answer = _error(exc.status, exc.code, exc.message, exc.reason, exc.params)
            if isinstance(exc, SignInLimited):
                answer.headers["Retry-After"] = str(exc.retry_after)
            await answer(scope, receive, sending)
        except ClientDisconnect:
            # The device went away in the middle of its request (a closed laptop, a dropped network): nothing was
            # changed and nobody is left to answer. Not a failure of the server; the request line says 499.
            status["code"] = 499
        except Exception:
            request_log.exception("request failed: %s %s", scope["method"], scope["path"])
            await _error(500, "server_error", "the server failed; the request changed nothing")(scope, receive, sending)
        finally:
            who = state.get("who")
            request_log.info(
                json.dumps(
                    {
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status["code"],
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                        "user": getattr(who, "account", None),
                        "device": getattr(who, "device_id", None),
                        "client": (scope.get("client") or ("", 0))[0],
                    }
                )
            )
