import { measurePostgresBoards, postgresSizes } from './bench/postgres-boards.ts';
import { formatTable } from './bench/figures.ts';
import { loadScenarios } from './site/lib/scenarios.ts';
(postgresSizes as any[]).splice(Number(process.argv[2] ?? 2));
const figures = await measurePostgresBoards(loadScenarios(), 20_260_302, new Date(Date.UTC(2026, 2, 2, 1)).toISOString());
console.log(formatTable(figures));
