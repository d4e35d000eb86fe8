"""HTTP endpoint over the build's store: ``create_app(build_dir)``, ``serve(build_dir)``."""
from kg.server.app import create_app, negotiate, parse_accept, serve

__all__ = ["create_app", "serve", "negotiate", "parse_accept"]
