"""All services over one open database: what app.py and the command line hold."""

from __future__ import annotations

from cardfile.services.activities import ActivityService
from cardfile.services.calendar_files import CalendarFileService
from cardfile.services.companies import CompanyService
from cardfile.services.contacts import ContactService
from cardfile.services.database import Database
from cardfile.services.deals import DealService
from cardfile.services.duplicates import DuplicateService
from cardfile.services.exporter import ExportService
from cardfile.services.groups import CustomFieldService, GroupService, LookupService
from cardfile.services.history import HistoryService
from cardfile.services.importer import ImportService
from cardfile.services.incomplete import IncompleteService
from cardfile.services.maintenance import MaintenanceService
from cardfile.services.merging import MergeService
from cardfile.services.notes import NoteService
from cardfile.services.pipelines import PipelineService
from cardfile.services.readmodels import DailyBackup
from cardfile.services.reminders import ReminderService
from cardfile.services.reports import ReportService
from cardfile.services.sales import SalesService
from cardfile.services.search import SearchService
from cardfile.services.settings import SettingsService
from cardfile.services.sync import SyncService
from cardfile.services.tasks import TaskListService


class Services:
    def __init__(
        self, db: Database, *, daily_backup_when_done: bool = False, daily_backup_detached: bool = False
    ) -> None:
        self.db = db
        self._daily_backup_when_done = daily_backup_when_done
        self._daily_backup_detached = daily_backup_detached
        self.daily_backup: DailyBackup | None = None  # how the daily backup went, once made on leaving a `with`
        self.settings = SettingsService(self)
        self.contacts = ContactService(self)
        self.companies = CompanyService(self)
        self.activities = ActivityService(self)
        self.tasks = TaskListService(self)
        self.reminders = ReminderService(self)
        self.notes = NoteService(self)
        self.pipelines = PipelineService(self)
        self.deals = DealService(self)
        self.sales = SalesService(self)
        self.reports = ReportService(self)
        self.groups = GroupService(self)
        self.lookups = LookupService(self)
        self.custom_fields = CustomFieldService(self)
        self.search = SearchService(self)
        self.history = HistoryService(self)
        self.maintenance = MaintenanceService(self)
        self.importer = ImportService(self)
        self.exporter = ExportService(self)
        self.calendar_files = CalendarFileService(self)
        self.sync = SyncService(self)
        self.duplicates = DuplicateService(self)
        self.merging = MergeService(self)
        self.incomplete = IncompleteService(self)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, error_type: type[BaseException] | None, *exc: object) -> None:
        try:
            if error_type is None and self._daily_backup_when_done:  # the work is done: now the day's copy
                if self._daily_backup_detached:
                    self.daily_backup = self.maintenance.start_daily_backup()
                else:
                    self.daily_backup = self.maintenance.try_daily_backup()
        finally:
            self.close()
