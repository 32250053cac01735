import { Command } from 'commander';

/** `--kubeconfig` and `--context`, the same for every command that reads the cluster. */
export function withClusterOptions(command: Command): Command {
  return command
    .option('--kubeconfig <file>', 'the kubeconfig file (default: KUBECONFIG, then ~/.kube/config)')
    .option('--context <name>', 'the kubeconfig context to use (default: its current context)');
}
