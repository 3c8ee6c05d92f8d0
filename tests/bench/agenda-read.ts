// The popup's agenda read, exactly as the popup imports it, for the benchmark
// to bundle and time inside an extension page (tests/bench/run.ts).
import { loadTodaysAgenda, weekStartIso } from '../../lib/db/agenda';
import { todayIso } from '../../components/format';

export const agendaRead = { loadTodaysAgenda, weekStartIso, todayIso };
(globalThis as unknown as { sidelineAgendaBench: typeof agendaRead }).sidelineAgendaBench = agendaRead;
