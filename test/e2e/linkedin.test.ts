import { COMPOSERS } from './composers.ts';
import { gateSuite } from './gate-suite.ts';

gateSuite('linkedin.com', COMPOSERS.filter((c) => c.box.startsWith('li-')));
