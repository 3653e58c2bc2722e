// `npm run explain -- FILE.html [--plan PLAN] [--json]`: see lib/cli/explain.ts.
import { runExplain } from '../lib/cli/explain';
import { EN } from '../lib/messages/en';
import { useCatalogue } from '../lib/messages/format';
import { explainIo } from './explain-io';

useCatalogue(EN);

process.exitCode = runExplain(process.argv.slice(2), explainIo);
