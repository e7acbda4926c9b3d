namespace Lotse.Features.Finance.Controlling;

/// <summary>The cost categories of a funding approval, as the state's monthly controlling asks for them.</summary>
public enum FundingCategory
{
    Personnel,
    Overhead,
    Workstations,
    Offices,
    ProjectFunds,
    Other,
}
