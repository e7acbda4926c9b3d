namespace Lotse.Features.Search.Querying;

public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance (haversine); +∞ when a point is unknown (NaN).</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        if (double.IsNaN(lat1) || double.IsNaN(lon1) || double.IsNaN(lat2) || double.IsNaN(lon2))
            return double.PositiveInfinity;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
