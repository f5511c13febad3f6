import { COMPOSERS } from './composers.ts';
import { gateSuite } from './gate-suite.ts';

gateSuite('facebook.com', COMPOSERS.filter((c) => c.box.startsWith('fb-')));
