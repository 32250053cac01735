import * as nodeModule from 'node:module';
import * as path from 'node:path';

/**
 * Imported first by cli/main.ts. When calvin runs as a command, Node keeps the compiled code of the
 * modules it loads (commander, yaml, the validator modules of up to 1 MB each) in its compile cache
 * (`os.tmpdir()/node-compile-cache`, or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it
 * off), so later runs skip parsing and compiling them. Not when cli/main is imported as a library:
 * that process is the importer's to configure.
 */
const entry = require.main?.filename;
if (entry && path.dirname(entry) === __dirname && /^main\.[cm]?[jt]s$/.test(path.basename(entry))) {
  nodeModule.enableCompileCache?.();
}
