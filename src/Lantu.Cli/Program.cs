using System.Text;
using Lantu.Cli;

Console.OutputEncoding = Encoding.UTF8;
return LantuCli.Run(args);
