import { COMPOSERS } from './composers.ts';
import { gateSuite } from './gate-suite.ts';

gateSuite('x.com and twitter.com', COMPOSERS.filter((c) => c.box.startsWith('x-')));
