import { Command } from 'commander';
import { CommandFactory } from '../io';

// Placeholder while the command is being written.
export const queuesCommand: CommandFactory = () => new Command('queues');
