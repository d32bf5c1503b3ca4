global using CaseLens.TestKit;
global using CaseLens.TestKit.Databases;
global using Shouldly;
global using Xunit;
