/**
 * The Room's SQLite, opened: migrated to the current schema first (schema.ts), then each store
 * reading what it keeps in memory. Called once per instance, on load.
 */
import { ClientOwners } from "./client-owners";
import { Deadlines } from "./deadlines";
import { RefusedClients } from "./refused-clients";
import { RunStore } from "./runs/run-store";
import { RecordClock } from "./record/clock";
import { EditDeriver } from "./record/edits";
import { EventLog } from "./record/events";
import { migrate } from "./schema";
import { SettingsStore } from "./settings";
import { UpdateLog } from "./update-log";

export interface RoomStorage {
  log: UpdateLog;
  settings: SettingsStore;
  refused: RefusedClients;
  owners: ClientOwners;
  runs: RunStore;
  deadlines: Deadlines;
  /** The interview record's events, on the clock the code and notes updates share (record/). */
  events: EventLog;
  edits: EditDeriver;
}

/** `alarmAt`: the alarm as it stands (storage.getAlarm()). */
export function openStorage(storage: DurableObjectStorage, alarmAt: number | null): RoomStorage {
  migrate(storage);
  const { sql } = storage;
  const clock = new RecordClock(sql);
  const log = new UpdateLog(storage, clock);
  return {
    log,
    settings: new SettingsStore(sql),
    refused: new RefusedClients(sql),
    owners: new ClientOwners(sql),
    runs: new RunStore(sql),
    deadlines: new Deadlines(storage, alarmAt),
    events: new EventLog(sql, clock),
    edits: new EditDeriver(storage, log),
  };
}
