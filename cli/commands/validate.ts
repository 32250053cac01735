import { Command } from 'commander';
import { CommandFactory } from '../io';

// Placeholder while the command is being written.
export const validateCommand: CommandFactory = () => new Command('validate');
