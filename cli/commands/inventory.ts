import { Command } from 'commander';
import { CommandFactory } from '../io';

// Placeholder while the command is being written.
export const appsCommand: CommandFactory = () => new Command('apps');
export const triggersCommand: CommandFactory = () => new Command('triggers');
