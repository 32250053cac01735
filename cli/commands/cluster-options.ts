import { Command } from 'commander';
import { DEFAULT_REQUEST_TIMEOUT } from '../kube/kubeconfig';

/** `--kubeconfig` and `--context`, the same for every command that reads the cluster. */
export function withClusterOptions(command: Command): Command {
  return command
    .option('--kubeconfig <file>', 'the kubeconfig file (default: KUBECONFIG, then ~/.kube/config)')
    .option('--context <name>', 'the kubeconfig context to use (default: its current context)')
    .option('--request-timeout <duration>', `how long one API request may take before the cluster counts as unreachable (default: ${DEFAULT_REQUEST_TIMEOUT})`);
}
