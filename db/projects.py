"""Projects: create, find, list, rename, delete (their members live in ``db.accounts``)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from db.access import OWNER, VIEWER
from db.accounts import member_projects
from db.base import RepositoryCore, checked_name, load_project
from db.errors import DataError, DuplicateError, NotFoundError, PermissionDenied
from db.schema import Account, Document, Membership, Project, utcnow
from db.views import ProjectInfo

# Name lengths are the columns' own (db.schema): what does not fit is refused with a message.
_PROJECT_NAME_MAX = Project.__table__.c.name.type.length


class ProjectsMixin(RepositoryCore):
    """The projects of ``Repository``."""

    def create_project(self, name: str) -> ProjectInfo:
        """A new, empty project. Raises ``DuplicateError`` when the name is taken."""
        name = _clean_name(name)
        try:
            with self._tx() as s:
                account = None
                if self.user is not None:
                    account = s.scalar(select(Account).where(Account.name == self.user,
                                                             Account.enabled.is_(True)))
                    if account is None:
                        raise PermissionDenied(f"{self.user} may not create projects: no enabled account "
                                               f"has that name", user=self.user, action="create projects")
                project = Project(name=name)
                s.add(project)
                s.flush()
                if account is not None:  # who creates a project owns it
                    s.add(Membership(project_id=project.id, account_id=account.id, role=OWNER,
                                     added_at=utcnow(), added_by=self.user))
                    s.flush()
                return _project_info(project, 0)
        except IntegrityError as exc:
            raise DuplicateError(f"a project named {name!r} already exists") from exc

    def ensure_project(self, name: str) -> ProjectInfo:
        """The project with this name, created if missing (the CLI's ``--project``)."""
        try:
            return self.get_project(name)
        except NotFoundError:
            try:
                return self.create_project(name)
            except DuplicateError:  # created by someone else in between
                return self.get_project(name)

    def get_project(self, project: int | str) -> ProjectInfo:
        """A project by id or by name."""
        with self._tx() as s:
            row = load_project(s, project)
            self._allow(s, row.id, VIEWER, "open projects")
            count = s.scalar(select(func.count(Document.id)).where(Document.project_id == row.id)) or 0
            return _project_info(row, count)

    def list_projects(self) -> list[ProjectInfo]:
        """All projects; for a bound user, only those where the user is a member."""
        with self._tx() as s:
            counts = dict(s.execute(select(Document.project_id, func.count(Document.id))
                                    .group_by(Document.project_id)).all())
            query = select(Project).order_by(Project.name)
            if self.user is not None:
                query = query.where(Project.id.in_(member_projects(self.user)))
            rows = s.scalars(query).all()
            return [_project_info(p, counts.get(p.id, 0)) for p in rows]

    def rename_project(self, project: int | str, new_name: str) -> ProjectInfo:
        new_name = _clean_name(new_name)
        try:
            with self._tx() as s:
                row = load_project(s, project)
                self._allow(s, row.id, OWNER, "rename projects")
                row.name = new_name
                s.flush()
                count = s.scalar(select(func.count(Document.id)).where(Document.project_id == row.id)) or 0
                return _project_info(row, count)
        except IntegrityError as exc:
            raise DuplicateError(f"a project named {new_name!r} already exists") from exc

    def delete_project(self, project: int | str) -> None:
        """Delete a project with all its documents, runs, beads, review log and quotes."""
        with self._tx() as s:
            row = load_project(s, project)
            self._allow(s, row.id, OWNER, "delete projects")
            s.execute(delete(Project).where(Project.id == row.id))


def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise DataError("a project needs a name")
    return checked_name(name, "a project name", _PROJECT_NAME_MAX)


def _project_info(p: Project, documents: int) -> ProjectInfo:
    return ProjectInfo(id=p.id, name=p.name, created_at=p.created_at, documents=documents)
