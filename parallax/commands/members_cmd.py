"""``parallax members add|list|remove``: who may do what in a project (owner, reviewer, viewer).

Without ``--user`` the command acts as the administrator (whoever holds the database URL), which
is how the first owner of a project is named. With ``--user NAME`` it acts as that user and needs
the owner role to change members (the viewer role to list them), like the workbench.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from db.schema import ROLES


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "members", help="manage a project's members and their roles (owner, reviewer, viewer)",
        description="Roles: viewer reads and exports; reviewer also imports, aligns and reviews; owner also "
                    "manages members, renames and deletes.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="give a user a role in a project (or change it)")
    add.add_argument("project", metavar="PROJECT", help="project name or id")
    add.add_argument("member", metavar="USER")
    add.add_argument("role", metavar="ROLE", choices=ROLES, help=" | ".join(ROLES))
    listing = actions.add_parser("list", help="list a project's members")
    listing.add_argument("project", metavar="PROJECT")
    listing.add_argument("--json", action="store_true", help="print one JSON document")
    remove = actions.add_parser("remove", help="take a user out of a project")
    remove.add_argument("project", metavar="PROJECT")
    remove.add_argument("member", metavar="USER")
    for sub in (add, listing, remove):
        sub.add_argument("--user", metavar="NAME", help="act as this user (default: as the administrator)")
    parser.set_defaults(func=run)


def _project_key(project: str) -> int | str:
    return int(project) if project.isdigit() else project


def run(args: argparse.Namespace) -> int:
    from db.errors import NotFoundError
    from db.repository import Repository

    repo = Repository.open(args.settings.database())
    try:
        acting = repo.as_user(args.user) if args.user else repo
        try:
            project = acting.get_project(args.project)
        except NotFoundError:
            if not args.project.isdigit():
                raise
            project = acting.get_project(_project_key(args.project))
        if args.action == "add":
            member = acting.add_member(project.id, args.member, args.role)
            print(f"{member.user} is now {member.role} of project {project.name!r}")
        elif args.action == "remove":
            acting.remove_member(project.id, args.member)
            print(f"{args.member} removed from project {project.name!r}")
        else:
            members = acting.list_members(project.id)
            if args.json:
                print(json.dumps({"project": project.name, "members": [
                    {"user": m.user, "role": m.role, "added_by": m.added_by,
                     "added_at": m.added_at.isoformat()} for m in members]}, indent=2))
            else:
                for m in members:
                    print(f"{m.user}\t{m.role}")
    finally:
        repo.close()
    return 0
