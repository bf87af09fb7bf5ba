// Setup of the end-to-end project (vitest.config.ts): the one teardown after each test.
import { afterEach } from 'vitest';
import { tearDown } from './teardown';

afterEach(tearDown);
